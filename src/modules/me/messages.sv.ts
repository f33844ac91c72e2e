// Swedish UI text of a person's own page (/me): the primary language. English (messages.en.ts) must have the same shape.
import { template } from '@/i18n/template';

export const meSv = {
  me: {
    title: 'Mina nätverk',
    accountLink: 'Mitt konto: uppgifter, lösenord och brev',
    pendingAffiliation: 'Din organisation har inte bekräftat dig ännu. Du kan läsa allt, men gå med i nätverk och rösta först när någon på organisationen eller Trappans administratör bekräftat dig.',
    organization: 'Organisation',
    noOrganization: 'Du är inte kopplad till någon organisation.',
    platformRole: 'Roll i Trappan',
    contractingAuthority: 'Upphandlande myndighet',
    notContractingAuthority: 'Inte upphandlande myndighet',
    networksHeading: 'Nätverk du är med i',
    role: 'Roll',
    since: 'Sedan',
    noNetworks: 'Du är inte med i något nätverk ännu. Se registret för att hitta ett nätverk som arbetar med dina behov.',
    noNetworksPending: 'Du är inte med i något nätverk ännu. När din organisation har bekräftat dig kan du gå med; i registret kan du redan nu läsa om nätverken.',
    browse: 'Till nätverksregistret',
    signedIn: 'Du är inloggad.',
    county: 'Län',
    noNetworksSupplier:
      'Leverantörer är inte medlemmar i beställarnätverk, men tar del av nätverkens marknadsdialoger: läs frågor och svar, lämna skriftliga svar och boka dialogmöten.',
    browseDialogues: 'Till marknadsdialogerna',
  },
  myTasks: {
    heading: 'Att göra',
    lead: 'Det som väntar på dig, det senaste först. Varje rad leder dit där du gör det.',
    empty: 'Inget väntar på dig just nu. Här visas ansökningar att besluta om, prioriteringsrundor att rösta i, möten att svara på, protokoll att justera och annat som väntar på dig.',
    network: 'Nätverk',
    joinRequest: template('Besluta om ansökan från {person}'),
    firstCoordinator: template('Utse en första samordnare: {person} vill gå med, och nätverket har ingen samordnare'),
    agendaProposal: template('Ta ställning till förslaget ”{item}” till {meeting}'),
    round: template('Rösta i prioriteringsrundan ”{title}” för din organisation'),
    roundCloses: template('Stänger {date}'),
    meetingAnswer: template('Svara om du kommer till {title}'),
    meetingStarts: template('Börjar {date}'),
    minutesToAdjust: template('Justera protokollet från {meeting}'),
    handover: template('Kvittera överlämningen av ”{need}”'),
    sharingInvitation: template('Svara om {organization} delar behovet ”{need}”'),
    dialogueResponse: template('Lämna ert skriftliga svar i ”{dialogue}”'),
    dialogueCloses: template('Senast {date}'),
    questionAnswered: template('Din fråga i ”{dialogue}” har fått svar'),
    answeredOn: template('Besvarad {date}'),
  },
  pendingColleagues: {
    heading: 'Kollegor som väntar på bekräftelse',
    lead: template('De här personerna har skapat konto hos {organization} och väntar på att någon bekräftar att de arbetar där. Bekräfta bara den du vet arbetar hos er: efter det kan personen gå med i nätverk och tala för organisationen.'),
    signedUp: template('Konto skapat {date}'),
    confirm: 'Bekräfta',
    confirming: 'Bekräftar …',
    errorSummary: 'Personen bekräftades inte',
    more: template('Här visas de {shown} senaste av {total} som väntar. Fler visas när de här är bekräftade.'),
  },
};

export type MeMessages = typeof meSv;
