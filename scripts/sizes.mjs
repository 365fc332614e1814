// Prints the size of every built file a page may load: minified bytes, gzip and brotli.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const rows = readdirSync('dist')
  .filter((f) => f.startsWith('article-elements') && f.endsWith('.js'))
  .map((f) => {
    const buf = readFileSync(`dist/${f}`);
    const gzip = gzipSync(buf, { level: 9 }).length;
    const br = brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    return { file: f, min: buf.length, gzip, br };
  });
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
for (const r of rows)
  console.log(
    `${r.file.padEnd(44)} ${kb(r.min).padStart(9)} min ${kb(r.gzip).padStart(8)} gzip ${kb(r.br).padStart(8)} brotli`,
  );
