import { useFormat } from '../../i18n/format';

/** An instant as dd/mm/yyyy HH:mm in the browser's time zone (formats.ts writes the day). */
export function useWhen() {
  const fmt = useFormat();
  return (iso: string) => {
    const at = new Date(iso);
    const pad = (n: number) => String(n).padStart(2, '0');
    const day = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
    return `${fmt.day(day)} ${pad(at.getHours())}:${pad(at.getMinutes())}`;
  };
}
