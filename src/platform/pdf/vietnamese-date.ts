/**
 * "Cao Bằng, ngày 05 tháng 01 năm 2026" — địa danh và thời gian ban hành văn bản (Decree 30/2020/NĐ-CP Annex I,
 * II.5: days below 10 and the months 1 and 2 take a leading zero; other months do not).
 */
export function placeAndDate(place: string, isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) throw new RangeError(`Not a YYYY-MM-DD date: ${isoDate}`);
  const [, year, month, day] = match;
  const m = Number(month);
  const monthText = m <= 2 ? `0${m}` : String(m);
  return `${place}, ngày ${day} tháng ${monthText} năm ${year}`;
}

/** "Cao Bằng, 5 January 2026": the date line of a document rendered in English. */
export function placeAndDateEn(place: string, isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) throw new RangeError(`Not a YYYY-MM-DD date: ${isoDate}`);
  const [, year, month, day] = match;
  const monthName = new Date(Date.UTC(Number(year), Number(month) - 1, 1)).toLocaleString('en-GB', {
    month: 'long',
    timeZone: 'UTC',
  });
  return `${place}, ${Number(day)} ${monthName} ${year}`;
}

/** "… giờ … phút, ngày … tháng … năm …" as on the process control slip (Circular 01/2018 form 05). */
export function timeAndDate(hour: number, minute: number, isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${hour} giờ ${String(minute).padStart(2, '0')} phút, ngày ${day} tháng ${month} năm ${year}`;
}

/** An amount of money in đồng, grouped the Vietnamese way: 1.250.000 đồng. */
export function formatDong(amount: number | bigint): string {
  const digits = BigInt(amount).toString();
  const negative = digits.startsWith('-');
  const grouped = (negative ? digits.slice(1) : digits).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${negative ? '-' : ''}${grouped} đồng`;
}
