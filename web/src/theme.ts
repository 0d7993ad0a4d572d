/**
 * Ant Design theme. The defaults are darkened where they fall below WCAG AA contrast on white
 * (the default blue #1677ff is 4.1:1, secondary grey text 3.4:1, error red 3.3:1).
 */
import type { ThemeConfig } from 'antd';

export const PRIMARY = '#0958d9'; // 6.2:1 on white

export const theme: ThemeConfig = {
  token: {
    colorPrimary: PRIMARY,
    // Ant Design derives a lighter hover shade (4.2:1 under white text); keep hover and active darker instead.
    colorPrimaryHover: '#003eb3', // 8.9:1
    colorPrimaryActive: '#002c8c',
    colorLink: PRIMARY,
    colorLinkHover: '#003eb3', // hover and active stay darker, not lighter
    colorLinkActive: '#002c8c',
    colorInfo: PRIMARY,
    colorError: '#cf1322', // 5.6:1
    colorSuccess: '#237804',
    colorWarning: '#ad6800',
    // The status backgrounds derived from the darkened colours above come out grey-green and grey-brown, and
    // pull the text under 3:1; these are Ant Design's own light tints.
    colorSuccessBg: '#f6ffed',
    colorSuccessBorder: '#95de64',
    colorErrorBg: '#fff1f0',
    colorErrorBorder: '#ffa39e',
    colorWarningBg: '#fffbe6',
    colorWarningBorder: '#ffd666',
    colorInfoBg: '#e6f4ff',
    colorInfoBorder: '#91caff',
    colorTextDescription: 'rgba(0, 0, 0, 0.68)', // 5.9:1
    colorTextTertiary: 'rgba(0, 0, 0, 0.68)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.56)', // 4.6:1
    borderRadius: 8,
  },
  components: {
    Layout: {
      headerBg: '#ffffff',
      headerHeight: 56,
      headerPadding: '0 16px',
      bodyBg: '#f4f6f9',
      siderBg: '#ffffff',
      footerBg: '#f4f6f9',
      footerPadding: '16px',
    },
  },
};
