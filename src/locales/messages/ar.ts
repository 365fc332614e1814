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
  // Arabic counts in six forms; 1 and 2 are words, not numerals.
  minRead: {
    one: 'قراءة في دقيقة واحدة',
    two: 'قراءة في دقيقتين',
    few: 'قراءة في {name} دقائق',
    many: 'قراءة في {name} دقيقة',
    other: 'قراءة في {name} دقيقة',
  },
  correction: 'تصحيح',
  clarification: 'توضيح',
  update: 'تحديث',
  table: 'جدول',
  source: 'المصدر:',
  playVideo: 'تشغيل الفيديو:',
  videoPrivacy: 'لا يُحمَّل {name} إلا عند الضغط على تشغيل',
  duration: 'المدة:',
  video: 'فيديو:',
  photos: {
    zero: 'لا صور',
    one: 'صورة واحدة',
    two: 'صورتان',
    few: '{name} صور',
    many: '{name} صورة',
    other: '{name} صورة',
  },
  imageOf: '{name} من {count}',
  imageNumber: 'الصورة {name}',
  previousImage: 'الصورة السابقة',
  nextImage: 'الصورة التالية',
  closeViewer: 'إغلاق',
};

export default messages;
