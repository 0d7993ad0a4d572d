/** Which province's catalogue to show: `?province=` when valid, else the installation's province, else the first. */
import { useSearchParams } from 'react-router-dom';
import { useSystemInfo } from '../../auth/queries';
import { useCatalogueProvinces } from './api';

export function useCatalogueProvince(): {
  province: string;
  provinces: Array<{ code: string; name: string }>;
  loading: boolean;
} {
  const [params] = useSearchParams();
  const info = useSystemInfo();
  const list = useCatalogueProvinces();
  const provinces = (list.data?.items ?? []).map((p) => ({ code: p.provinceCode, name: p.provinceName }));
  const asked = params.get('province') ?? '';
  const home = info.data?.province?.code ?? '';
  const province =
    (/^\d{2}$/.test(asked) ? asked : '') ||
    (provinces.some((p) => p.code === home) ? home : '') ||
    (provinces[0]?.code ?? '');
  return { province, provinces, loading: list.isPending };
}
