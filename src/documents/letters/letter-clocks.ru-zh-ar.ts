import { cityOfZone, russianZoneTime } from './letter-cities';
import { ClockWords, LocalTime, NBSP, two } from './local-time';

const RUSSIAN_MONTHS = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
];
/** "в пятницу": the weekday in the accusative. */
const RUSSIAN_WEEKDAYS = ['воскресенье', 'понедельник', 'вторник', 'среду', 'четверг', 'пятницу', 'субботу'];
const CHINESE_WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];
/** United Nations Arabic names each month twice, by its Syriac and its Latin name: "نيسان/أبريل". */
const ARABIC_MONTHS = [
  'كانون الثاني/يناير',
  'شباط/فبراير',
  'آذار/مارس',
  'نيسان/أبريل',
  'أيار/مايو',
  'حزيران/يونيه',
  'تموز/يوليه',
  'آب/أغسطس',
  'أيلول/سبتمبر',
  'تشرين الأول/أكتوبر',
  'تشرين الثاني/نوفمبر',
  'كانون الأول/ديسمبر',
];
const ARABIC_WEEKDAYS = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'];

/** "18 ч 00 мин". */
const russianHour = ({ hour, minute }: LocalTime) => `${hour}${NBSP}ч${NBSP}${two(minute)}${NBSP}мин`;

export const RUSSIAN_CLOCK: ClockWords = {
  date: (t) => `${t.day} ${RUSSIAN_MONTHS[t.month - 1]} ${t.year}${NBSP}года`,
  deadline: (t, zone) => `${russianHour(t)} (${russianZoneTime(zone)}) в ${RUSSIAN_WEEKDAYS[t.weekday]}, ${RUSSIAN_CLOCK.date(t)}`,
  moment: (t, zone) => `${RUSSIAN_CLOCK.date(t)}, ${russianHour(t)} (${russianZoneTime(zone)})`,
};

/** "上午10时", "中午12时", "下午6时30分", "晚上8时", "午夜12时". */
function chineseHour({ hour, minute }: LocalTime): string {
  const minutes = minute === 0 ? '' : `${minute}分`;
  if (hour === 0) return `午夜12时${minutes}`;
  if (hour < 12) return `上午${hour}时${minutes}`;
  if (hour === 12) return `中午12时${minutes}`;
  return `${hour < 19 ? '下午' : '晚上'}${hour - 12}时${minutes}`;
}

const chineseZone = (zone: string) => `${cityOfZone(zone, 'zh') ?? zone}时间`;

export const CHINESE_CLOCK: ClockWords = {
  date: (t) => `${t.year}年${t.month}月${t.day}日`,
  deadline: (t, zone) => `${CHINESE_CLOCK.date(t)}${CHINESE_WEEKDAYS[t.weekday]}${chineseZone(zone)}${chineseHour(t)}`,
  moment: (t, zone) => `${CHINESE_CLOCK.date(t)}${chineseZone(zone)}${chineseHour(t)}`,
};

/** Western digits, as United Nations Arabic documents write numbers in running text: "الساعة 18:00". */
const arabicHour = ({ hour, minute }: LocalTime) => `الساعة ${two(hour)}:${two(minute)}`;
const arabicZone = (zone: string) => `بتوقيت ${cityOfZone(zone, 'ar') ?? zone}`;

export const ARABIC_CLOCK: ClockWords = {
  date: (t) => `${t.day} ${ARABIC_MONTHS[t.month - 1]} ${t.year}`,
  deadline: (t, zone) => `${arabicHour(t)} (${arabicZone(zone)}) من يوم ${ARABIC_WEEKDAYS[t.weekday]} ${ARABIC_CLOCK.date(t)}`,
  moment: (t, zone) => `${ARABIC_CLOCK.date(t)}، ${arabicHour(t)} (${arabicZone(zone)})`,
};
