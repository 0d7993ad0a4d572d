/** The calendar API (`/api/v1/calendar/...`): public reads, administrators' changes. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type BodyOf, ok, type QueryOf, type Success, typedApi } from '../../api/typed';
import type { User } from '../../api/types';

/** The calendar's answers and bodies, as the server's OpenAPI document types them. */
export type YearView = Success<'/api/v1/calendar/years/{year}', 'get'>;
export type NoticeView = YearView['notices'][number];
export type DayOffView = YearView['daysOff'][number];
export type DayOffKind = DayOffView['kind'];
export type MakeUpView = YearView['makeUpWorkdays'][number];
export type WorkingHoursView = YearView['workingHours'];
export type DueDateAnswer = Success<'/api/v1/calendar/due-date', 'get'>;
export type DurationUnit = QueryOf<'/api/v1/calendar/due-date', 'get'>['unit'];
export type LocalDayInput = BodyOf<'/api/v1/calendar/provinces/{province}/days-off', 'post'>;
export type NationalYearInput = BodyOf<'/api/v1/calendar/national/years/{year}', 'put'>;
type WorkingHoursInput = BodyOf<'/api/v1/calendar/provinces/{province}/working-hours', 'put'>;

export const DURATION_UNITS: DurationUnit[] = [
  'working_days',
  'half_working_days',
  'working_hours',
  'calendar_days',
  'months',
];

export type DueDateQuery = {
  receivedAt: string;
  amount: number;
  unit: DurationUnit;
  medium: 'paper' | 'electronic';
  province: string | null;
};

export type ProvinceOption = { code: string; name: string };

/** `VN` in the address and the scope picker means the national calendar. */
export const NATIONAL = 'VN';

const calendarKey = ['calendar'] as const;

/** The province query of a calendar read; none for the national calendar. */
function provinceQuery(province: string | null) {
  return province && province !== NATIONAL ? { province } : {};
}

export function useCalendarYear(year: number, province: string | null) {
  return useQuery({
    queryKey: [...calendarKey, 'year', year, province ?? NATIONAL],
    queryFn: ({ signal }) =>
      ok(
        typedApi.GET('/api/v1/calendar/years/{year}', {
          params: { path: { year }, query: provinceQuery(province) },
          signal,
        }),
      ),
  });
}

export function useProvinceOptions() {
  return useQuery({
    queryKey: [...calendarKey, 'provinces'],
    queryFn: async ({ signal }) => {
      const list = await ok(typedApi.GET('/api/v1/units/provinces', { signal }));
      return list.items.map((p): ProvinceOption => ({ code: p.code, name: p.name }));
    },
    staleTime: 10 * 60_000,
  });
}

export function useDueDate() {
  return useMutation({
    mutationFn: (q: DueDateQuery) =>
      ok(
        typedApi.GET('/api/v1/calendar/due-date', {
          params: {
            query: {
              receivedAt: q.receivedAt,
              amount: q.amount,
              unit: q.unit,
              medium: q.medium,
              ...provinceQuery(q.province),
            },
          },
        }),
      ),
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
      ok(
        typedApi.POST('/api/v1/calendar/provinces/{province}/days-off', {
          params: { path: { province } },
          body: input,
        }),
      ),
    onSuccess: refresh,
  });
}

export function useRemoveLocalDay(province: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (date: string) =>
      ok(
        typedApi.DELETE('/api/v1/calendar/provinces/{province}/days-off/{date}', {
          params: { path: { province, date } },
        }),
      ),
    onSuccess: refresh,
  });
}

export function useSetWorkingHours(province: string) {
  const refresh = useRefresh();
  const path = { params: { path: { province } } };
  return useMutation({
    mutationFn: (hours: WorkingHoursInput | null) =>
      hours
        ? ok(typedApi.PUT('/api/v1/calendar/provinces/{province}/working-hours', { ...path, body: hours }))
        : ok(typedApi.DELETE('/api/v1/calendar/provinces/{province}/working-hours', path)),
    onSuccess: refresh,
  });
}

export function useSetNationalYear(year: number) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: NationalYearInput) =>
      ok(typedApi.PUT('/api/v1/calendar/national/years/{year}', { params: { path: { year } }, body: input })),
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
