/** The calendar API (`/api/v1/calendar/...`): public reads, administrators' changes. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { User } from '../../api/types';

export type DayOffKind = 'holiday' | 'compensatory' | 'swapped' | 'local';
export type DurationUnit =
  | 'working_days'
  | 'half_working_days'
  | 'working_hours'
  | 'calendar_days'
  | 'months';
export const DURATION_UNITS: DurationUnit[] = [
  'working_days',
  'half_working_days',
  'working_hours',
  'calendar_days',
  'months',
];

export type NoticeView = {
  number: string | null;
  issued: string | null;
  issuer: string;
  covers: string;
  reportedBy: string;
  confidence: string;
  provinceCode: string | null;
};

export type DayOffView = {
  date: string;
  weekday: number;
  name: string;
  source: string;
  kind: DayOffKind;
  provisional: boolean;
  notice: string | null;
  onRestDay: boolean;
};

export type MakeUpView = Omit<DayOffView, 'kind' | 'onRestDay'>;

export type WorkingHoursView = {
  periods: Array<{ start: string; end: string }>;
  paperCutoff: string;
  custom: boolean;
};

export type YearView = {
  year: number;
  provinceCode: string | null;
  basis: 'notice' | 'rules';
  notices: NoticeView[];
  daysOff: DayOffView[];
  makeUpWorkdays: MakeUpView[];
  summary: { year: number; daysOff: string[]; makeUpWorkdays: string[] };
  workingHours: WorkingHoursView;
  revision: number;
};

export type DueDateAnswer = {
  receivedAt: string;
  medium: 'paper' | 'electronic';
  amount: number;
  unit: DurationUnit;
  countingFrom: string;
  countingFromLocal: string;
  due: string;
  dueLocal: string;
  dueDate: string;
  provinceCode: string | null;
};

export type DueDateQuery = {
  receivedAt: string;
  amount: number;
  unit: DurationUnit;
  medium: 'paper' | 'electronic';
  province: string | null;
};

export type LocalDayInput = { date: string; name: string; source: string };

export type NationalYearInput = {
  notices: Array<{ number?: string | null; issued?: string | null; issuer: string; covers: string }>;
  days: Array<{
    date: string;
    kind: 'day_off' | 'make_up_workday';
    reason?: 'holiday' | 'compensatory' | 'swapped' | null;
    name: string;
    notice?: string | null;
    source?: string | null;
    provisional?: boolean;
  }>;
};

export type ProvinceOption = { code: string; name: string };

/** `VN` in the address and the scope picker means the national calendar. */
export const NATIONAL = 'VN';

const calendarKey = ['calendar'] as const;

function withProvince(path: string, province: string | null): string {
  return province && province !== NATIONAL ? `${path}?province=${encodeURIComponent(province)}` : path;
}

export function useCalendarYear(year: number, province: string | null) {
  return useQuery({
    queryKey: [...calendarKey, 'year', year, province ?? NATIONAL],
    queryFn: ({ signal }) => api.get<YearView>(withProvince(`/calendar/years/${year}`, province), signal),
  });
}

export function useProvinceOptions() {
  return useQuery({
    queryKey: [...calendarKey, 'provinces'],
    queryFn: async ({ signal }) => {
      const list = await api.get<{ items: ProvinceOption[] }>('/units/provinces', signal);
      return list.items.map((p) => ({ code: p.code, name: p.name }));
    },
    staleTime: 10 * 60_000,
  });
}

export function useDueDate() {
  return useMutation({
    mutationFn: (q: DueDateQuery) => {
      const params = new URLSearchParams({
        receivedAt: q.receivedAt,
        amount: String(q.amount),
        unit: q.unit,
        medium: q.medium,
      });
      if (q.province && q.province !== NATIONAL) params.set('province', q.province);
      return api.get<DueDateAnswer>(`/calendar/due-date?${params}`);
    },
  });
}

/** The calendar changed: every view of it is read again. */
function useRefresh() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: [...calendarKey, 'year'] });
}

export function useAddLocalDay(province: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: LocalDayInput) =>
      api.post(`/calendar/provinces/${encodeURIComponent(province)}/days-off`, input),
    onSuccess: refresh,
  });
}

export function useRemoveLocalDay(province: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (date: string) =>
      api.delete(`/calendar/provinces/${encodeURIComponent(province)}/days-off/${encodeURIComponent(date)}`),
    onSuccess: refresh,
  });
}

export function useSetWorkingHours(province: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (hours: { periods: Array<{ start: string; end: string }>; paperCutoff: string } | null) =>
      hours
        ? api.put(`/calendar/provinces/${encodeURIComponent(province)}/working-hours`, hours)
        : api.delete(`/calendar/provinces/${encodeURIComponent(province)}/working-hours`),
    onSuccess: refresh,
  });
}

export function useSetNationalYear(year: number) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: NationalYearInput) => api.put<YearView>(`/calendar/national/years/${year}`, input),
    onSuccess: refresh,
  });
}

type Grant = User['roles'][number] & { provinceCode?: string };

/** What the signed-in user may change (the server decides on its own; this only shows the right forms). */
export function calendarPermissions(user: User): { national: boolean; provinces: Set<string> } {
  const admin = (user.roles as Grant[]).filter((g) => g.role === 'system_admin');
  const national = admin.some((g) => g.unitCode === NATIONAL);
  return {
    national,
    provinces: new Set(admin.filter((g) => /^\d{2}$/.test(g.unitCode)).map((g) => g.unitCode)),
  };
}

/** The province a user works in, for the default calendar; national when they have none. */
export function homeProvince(user: User): string {
  for (const g of user.roles as Grant[]) {
    const code = g.provinceCode ?? g.unitCode;
    if (/^\d{2}$/.test(code)) return code;
  }
  return NATIONAL;
}
