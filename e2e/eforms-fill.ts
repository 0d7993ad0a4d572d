/** Filling the birth-registration e-form (issue 16) the way a person does: text, radio buttons, date pickers. */
import type { Page } from 'playwright-core';

export async function fillBirthDeclaration(page: Page, prefix: string): Promise<void> {
  const id = (path: string) => page.locator(`#${prefix}_${path}`);
  const text = async (path: string, value: string) => {
    await id(path).fill(value);
  };
  const date = async (path: string, value: string) => {
    await id(path).click();
    await id(path).fill(value);
    await id(path).press('Enter');
  };
  await page.getByTestId(prefix).waitFor();
  await text('requester_fullName', 'Nguyễn Thị Hoa');
  await date('requester_dateOfBirth', '1995-04-12');
  await text('requester_idNumber', '004195001234');
  await text('requester_residence', 'Xóm Nà Pò, xã Hòa An, tỉnh Cao Bằng');
  await id('requester_relationship-1').check({ force: true }); // Mẹ
  await text('child_fullName', 'Nguyễn Minh Khôi');
  await id('child_sex-0').check({ force: true }); // Nam
  await date('child_dateOfBirth', '2026-11-20');
  await text('child_placeOfBirth', 'Trạm Y tế xã Hòa An, tỉnh Cao Bằng');
  await text('child_homeTown', 'xã Hòa An, tỉnh Cao Bằng');
  await text('child_ethnicity', 'Tày');
  await text('child_nationality', 'Việt Nam');
  await text('mother_fullName', 'Nguyễn Thị Hoa');
  await text('mother_birthYear', '1995');
  await text('mother_ethnicity', 'Tày');
  await text('mother_nationality', 'Việt Nam');
  await text('mother_residence', 'Xóm Nà Pò, xã Hòa An, tỉnh Cao Bằng');
  await id('commitment').check({ force: true });
}

/** The marriage-registration e-form (Tờ khai đăng ký kết hôn) as a clerk keys it in from the paper form. */
export async function fillMarriageDeclaration(page: Page, prefix: string): Promise<void> {
  const id = (path: string) => page.locator(`#${prefix}_${path}`);
  const date = async (path: string, value: string) => {
    await id(path).click();
    await id(path).fill(value);
    await id(path).press('Enter');
  };
  await page.getByTestId(prefix).waitFor();
  const people = [
    ['wife', 'Đàm Thị Ngọc', '1997-03-08', '004197002345', 'Tổ 2, phường Thục Phán, tỉnh Cao Bằng'],
    ['husband', 'Lục Văn Hùng', '1995-06-15', '004095001234', 'Tổ 5, phường Thục Phán, tỉnh Cao Bằng'],
  ] as const;
  for (const [side, name, born, idNumber, residence] of people) {
    await id(`${side}_fullName`).fill(name);
    await date(`${side}_dateOfBirth`, born);
    await id(`${side}_ethnicity`).fill('Tày');
    await id(`${side}_nationality`).fill('Việt Nam');
    await id(`${side}_residence`).fill(residence);
    await id(`${side}_idNumber`).fill(idNumber);
  }
  if ((await id('commitment').count()) > 0) await id('commitment').check({ force: true });
}
