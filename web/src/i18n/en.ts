/** English. Same keys as `vi.ts` (the type makes sure of it). */
import { accountEn } from './areas/account';
import { auditEn } from './areas/audit';
import { calendarEn } from './areas/calendar';
import { disastersEn, staffingEn } from './areas/communes';
import { communesEditEn } from './areas/communes-edit';
import { confirmEn } from './areas/confirm';
import { dossiersEn } from './areas/dossiers.en';
import { eformsEn } from './areas/eforms';
import { feedbackEn } from './areas/feedback.en';
import { frontEn } from './areas/front';
import { identityEn } from './areas/identity';
import { investmentEn } from './areas/investment';
import { oversightEn } from './areas/oversight.en';
import { proceduresEn } from './areas/procedures';
import { receptionEn } from './areas/reception';
import { reportsEn } from './areas/reports';
import { resultsEn } from './areas/results';
import { signaturesEn } from './areas/signatures';
import { targetsEn } from './areas/targets';
import { unitsEn } from './areas/units';
import { usersEn } from './areas/users';
import type { Messages } from './vi';

const en: Messages = {
  app: {
    name: 'tinhso',
    fullName: 'Digital province',
    pageTitle: '{{page}} · tinhso',
    footer: 'tinhso {{version}} · open-source software',
  },
  language: {
    switchTo: 'Tiếng Việt',
    switchHint: 'Switch the interface to Vietnamese',
  },
  common: {
    loading: 'Loading…',
    retry: 'Try again',
    backHome: 'Back to home',
    skipToContent: 'Skip to main content',
    close: 'Close',
    chart: {
      view: 'Show {{name}} as',
      chart: 'Chart',
      table: 'Table',
      tableOf: 'Data table: {{name}}',
    },
  },
  nav: {
    label: 'Main navigation',
    home: 'Home',
    openMenu: 'Open menu',
    closeMenu: 'Close menu',
    menuTitle: 'Menu',
  },
  user: {
    menu: 'Account {{name}}',
    signOut: 'Sign out',
    myAccount: 'My account',
    signOutFailed: 'Could not sign out. Please try again.',
  },
  roles: {
    system_admin: 'System administrator',
    provincial_leader: 'Provincial leader',
    unit_leader: 'Unit leader',
    specialist: 'Specialist officer',
    counter_clerk: 'Counter clerk',
    citizen: 'Citizen',
  },
  login: {
    title: 'Sign in',
    intro: "Sign in to work on the province's public-service and management system.",
    username: 'Username',
    password: 'Password',
    usernameRequired: 'Please enter your username.',
    passwordRequired: 'Please enter your password.',
    submit: 'Sign in',
    errors: {
      invalidCredentials: 'The username or password is incorrect.',
      invalidCredentialsHelp:
        'If you are sure they are right, the account may be locked for a while after repeated failed sign-ins: try again in 15 minutes or ask an administrator.',
      locked: 'Too many failed sign-ins from this device.',
      lockedRetry: 'You can try again in about {{minutes}} minutes.',
      invalidInput: 'The sign-in details are not valid.',
      failed: 'Could not sign in.',
    },
    demo: {
      title: 'Demo accounts',
      intro:
        'This is a demonstration. Pick a username to fill it in above. The password is printed on the server console at start-up and in the README.',
      username: 'Username',
      role: 'Role',
    },
  },
  home: {
    functions: 'What you can do',
    noRole: {
      title: 'This account has no role yet',
      description: "Please ask your unit's system administrator to grant you a role.",
    },
    system_admin: {
      title: 'System administration',
      intro: "Manage users and roles and the reference data, and check the system's audit trail.",
    },
    provincial_leader: {
      title: 'Province dashboard',
      intro: "The province's dashboards: service performance, assigned tasks, targets and public investment.",
    },
    unit_leader: {
      title: 'My unit',
      intro: 'The dossiers and tasks of the unit you lead: what is on time and what is about to be late.',
    },
    specialist: {
      title: 'My work',
      intro: 'The dossiers assigned to you, ordered by their deadline.',
    },
    counter_clerk: {
      title: 'Reception and results counter',
      intro: "Receive dossiers from citizens and businesses and follow today's receipts.",
    },
    citizen: {
      title: 'My public services',
      intro: 'Find a procedure, follow the dossiers you filed and send feedback.',
    },
  },
  areas: {
    users: {
      title: 'Users and roles',
      description: 'Official and citizen accounts, and the roles they hold in each unit.',
    },
    audit: {
      title: 'Audit trail',
      description: 'Read and verify the chained log of every change to the records.',
    },
    signatures: {
      title: 'Digital signatures',
      description: 'Officials’ signing keys and the trusted root certificates.',
    },
    referenceData: {
      title: 'Reference data',
      description: 'Administrative units, agencies, the working calendar and other lists.',
    },
    calendar: {
      title: 'Working-day calendar',
      description: 'Holidays and make-up working days year by year, and a due-date calculator.',
    },
    apiDocs: {
      title: 'API documentation',
      description: 'The OpenAPI description of the tinhso services.',
    },
    servicePerformance: {
      title: 'Service performance',
      description: 'On-time and late rates and satisfaction, per unit and reporting period.',
    },
    oversight: {
      title: 'Oversight tasks',
      description: 'Conclusions, the tasks assigned to agencies, and their progress.',
    },
    targets: {
      title: 'Development targets',
      description: 'Targets set by resolutions, their values per period and whether they are met.',
    },
    staffing: {
      title: 'Commune staffing and facilities',
      description:
        'Posts by job position, officials in post, qualifications and facilities against the norms.',
    },
    disasters: {
      title: 'Disaster damage',
      description: 'Disaster events, communes’ damage reports, the province total and recovery tasks.',
    },
    investment: {
      title: 'Public investment',
      description: 'Capital plans, monthly disbursement and extension requests.',
    },
    unitDossiers: {
      title: "My unit's dossiers",
      description: 'Dossiers in progress, due soon and overdue in your unit.',
    },
    unitTasks: {
      title: "My unit's tasks",
      description: 'Tasks assigned to your unit and their progress.',
    },
    workQueue: {
      title: 'My work queue',
      description: 'The dossiers waiting for you, ordered by deadline.',
    },
    receiveDossier: {
      title: 'Receive a dossier',
      description: 'Check the dossier components, receive it and issue its code.',
    },
    todayReceipts: {
      title: "Today's receipts",
      description: 'The dossiers received at the counter today.',
    },
    findProcedure: {
      title: 'Find a procedure',
      description: 'Look up a procedure, its dossier components, fees and processing time.',
    },
    procedureCatalogue: {
      title: 'Province procedure catalogue',
      description: 'Publish procedures, deciding agencies, receiving units, fees and internal workflows.',
    },
    myDossiers: {
      title: 'My dossiers',
      description: 'The dossiers you filed and where each one stands.',
    },
    trackDossier: {
      title: 'Track a dossier by code',
      description: 'Enter a dossier code to see where it stands.',
    },
    feedback: {
      title: 'My feedback',
      description: 'Send and follow feedback, complaints and denunciations; read published answers.',
    },
    feedbackQueue: {
      title: 'Feedback and letters to handle',
      description: 'Feedback, complaints and denunciations of your units, against their legal time limits.',
    },
    reception: {
      title: 'Citizen reception',
      description:
        'The leaders’ reception schedule, the register, cases opened from it and the periodic report.',
    },
    signInSecurity: {
      title: 'Sign-in administration',
      description:
        'Roles that require two-factor authentication, and the identity providers (VNeID, OpenID Connect).',
    },
    feedbackReport: {
      title: 'Feedback report',
      description:
        'Counts, change on the previous period, on-time rates and Decision 766 indicators 5.2 and 5.3.',
    },
  },
  notReady: {
    title: 'This area is being built',
    description:
      '“{{area}}” is not finished yet. We do not show made-up figures; the feature will appear here when it is ready.',
  },
  forbidden: {
    title: 'You do not have access',
    description: 'None of your current roles uses “{{area}}”.',
  },
  notFound: {
    title: 'Page not found',
    description: 'The address you opened does not exist or has moved.',
  },
  errors: {
    network: 'Cannot reach the server. Please check your connection and try again.',
    server: 'The server had an error (code {{status}}). Please try again later.',
    unexpected: 'Something unexpected went wrong.',
    sessionTitle: 'Could not check your sign-in',
    pageTitle: 'This page has an error',
    requestFailed: 'That did not work',
  },
  account: accountEn,
  identity: identityEn,
  adminUsers: usersEn,
  audit: auditEn,
  signatures: signaturesEn,
  front: frontEn,
  eforms: eformsEn,
  results: resultsEn,
  dossiers: dossiersEn,
  confirm: confirmEn,
  calendar: calendarEn,
  feedback: feedbackEn,
  oversight: oversightEn,
  investment: investmentEn,
  staffing: staffingEn,
  disasters: disastersEn,
  communesEdit: communesEditEn,
  procedures: proceduresEn,
  reports: reportsEn,
  targets: targetsEn,
  units: unitsEn,
  reception: receptionEn,
};

export default en;
