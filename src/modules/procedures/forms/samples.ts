/**
 * A filled birth-registration declaration (the demo's and the tests' citizen applying for their child): valid
 * against BIRTH_REGISTRATION_FORM, so the demo's dossiers carry what a citizen would have declared.
 */
export interface BirthSample {
  requester: { fullName: string; idNumber: string; residence: string; dateOfBirth?: string };
  child: { fullName: string; sex: 'Nam' | 'Nữ'; dateOfBirth: string };
  commune: string;
}

export function birthDeclaration(s: BirthSample): Record<string, unknown> {
  return {
    requester: { ...s.requester, relationship: 'Mẹ' },
    child: {
      ...s.child,
      placeOfBirth: `Trạm Y tế ${s.commune}, tỉnh Cao Bằng`,
      homeTown: `${s.commune}, tỉnh Cao Bằng`,
      ethnicity: 'Tày',
      nationality: 'Việt Nam',
    },
    mother: {
      fullName: s.requester.fullName,
      birthYear: Number((s.requester.dateOfBirth ?? '1995-01-01').slice(0, 4)),
      ethnicity: 'Tày',
      nationality: 'Việt Nam',
      residence: s.requester.residence,
      idNumber: s.requester.idNumber,
    },
    father: {},
    commitment: true,
  };
}

export const SAMPLE_BIRTH_DECLARATION = birthDeclaration({
  requester: {
    fullName: 'Nguyễn Thị Hoa',
    idNumber: '004195001234',
    residence: 'Xóm Nà Pò, xã Hòa An, tỉnh Cao Bằng',
    dateOfBirth: '1995-04-12',
  },
  child: { fullName: 'Nguyễn Minh Khôi', sex: 'Nam', dateOfBirth: '2026-11-20' },
  commune: 'xã Hòa An',
});
