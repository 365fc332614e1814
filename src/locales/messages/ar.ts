/** Arabic strings. Data only: src/locales/ar.ts registers them; define.js loads this on demand. */
import type { Messages } from '../../internal/i18n.js';

const messages: Messages = {
  by: 'بقلم',
  updated: 'حُدّث',
  photo: 'صورة:',
  loadPost: 'تحميل المنشور من X',
  loadingPost: 'جارٍ تحميل المنشور من X…',
  postFailed: 'تعذّر تحميل المنشور الأصلي. النص أعلاه هو ما نشره صاحبه.',
  viewOnX: 'عرض على X',
  postOnX: 'منشور {name} على X',
  skipPost: 'تخطّي المنشور',
  privacy: 'تحميل المنشور الأصلي يتصل بموقع X.',
  about: 'عن {name}',
  byline: 'سطر الكاتب',
  imageUnavailable: 'الصورة غير متاحة',
  opensSite: '(يفتح x.com)',
  profiles: 'الحسابات',
  articleFailed: 'تعذّر عرض هذه المقالة.',
  minRead: 'قراءة في {name} دقائق',
  correction: 'تصحيح',
  clarification: 'توضيح',
  update: 'تحديث',
  table: 'جدول',
  source: 'المصدر:',
};

export default messages;
