// The first charter of a network started in Trappan: questions the founders answer in their own
// words, each with the advice of Upphandlingsmyndigheten's report 2019:3 it comes from, and
// rules of procedure to start from. The report tells a network what to decide early (p. 32-33)
// but sets no numbers: the numbers here are Trappan's defaults, chosen as the comments say.
// Pure; the texts are the founders' to replace, so they are stored in the language they started
// in, like anything else people write (docs/decisions/0004, 0017).
import type { MembershipPolicy } from '@/generated/prisma/enums';
import type { Locale } from '@/i18n/locales';
import type { CharterContent } from '@/modules/governance/client';

type TemplateText = 'mission' | 'shortTermGoals' | 'longTermGoals' | 'memberBenefit' | 'stakeholderRelations';

export const TEMPLATE_TEXT_FIELDS: readonly TemplateText[] = ['mission', 'shortTermGoals', 'longTermGoals', 'memberBenefit', 'stakeholderRelations'];

const TEXTS: Record<Locale, Record<TemplateText, string>> = {
  sv: {
    // Målbild (p. 32): shared by all, driven by the organisations' needs, may define the area.
    mission:
      'Vad vill nätverket uppnå, och vilket gemensamt behov förenar medlemmarna? Målbilden ska vara gemensam för alla deltagare, ta avstamp i verksamheternas behov och kan definiera det tematiska område nätverket samlas kring (Upphandlingsmyndighetens rapport 2019:3, s. 32). Skriv om den här texten med nätverkets egna ord.',
    shortTermGoals:
      'Vad ska nätverket ha visat inom det närmaste året? Kortsiktiga mål gör det möjligt att visa resultat i närtid (rapporten, s. 32), till exempel en gemensam kartläggning av medlemmarnas behov eller en första dialog med marknaden.',
    longTermGoals:
      'Vad ska nätverket ha åstadkommit om några år? Långsiktiga mål ger deltagarna motiv att vara med i långsiktiga processer (rapporten, s. 32), till exempel att nya lösningar upphandlas och används i medlemmarnas verksamheter.',
    memberBenefit:
      'Vilken nytta har medlemmarnas egna organisationer av arbetet? Programförklaringen bör visa det, så att deltagarna kan förankra arbetet hos sina chefer (rapporten, s. 32).',
    stakeholderRelations:
      'Hur förhåller sig nätverket till potentiella leverantörer och branschorganisationer? Rapporten råder nätverket att bestämma det tidigt: leverantörer bör inte vara deltagare, men kan bidra i projekt, externa utskott eller referensgrupper (s. 33).',
  },
  en: {
    mission:
      "What does the network want to achieve, and which shared need brings its members together? The goal should be shared by every participant, start from the organisations' needs, and may define the thematic area the network gathers around (Upphandlingsmyndigheten's report 2019:3, p. 32). Rewrite this text in the network's own words.",
    shortTermGoals:
      "What should the network have shown within the coming year? Short-term goals make it possible to show results soon (the report, p. 32), for example a shared survey of the members' needs or a first dialogue with the market.",
    longTermGoals:
      "What should the network have achieved in a few years? Long-term goals give participants a reason to take part in long processes (the report, p. 32), for example new solutions procured and in use in the members' organisations.",
    memberBenefit:
      "What do the members' own organisations gain from the work? The charter should show it, so that participants can anchor the work with their managers (the report, p. 32).",
    stakeholderRelations:
      'How does the network relate to potential suppliers and industry bodies? The report advises deciding this early: suppliers should not be participants, but can contribute in projects, external committees or reference groups (p. 33).',
  },
};

/** The charter a network starts with, in the founder's language. */
export function charterTemplate(locale: Locale, membershipPolicy: MembershipPolicy): CharterContent {
  return {
    ...TEXTS[locale],
    // Chosen by the founders on the start form; the charter and the network agree from the start.
    membershipPolicy,
    // The report leaves industry bodies to each network (p. 33): associations take part without
    // a vote until the founders decide otherwise.
    associationsVote: false,
    // The report asks for the forms of decision to be stated (p. 33) and for a structure
    // "without too long decision paths" (p. 28). A network decides about its own work; every
    // purchase is still decided inside each member's organisation (p. 6, 44), so a simple
    // majority commits no one to buy.
    decisionRule: 'SIMPLE_MAJORITY',
    qualifiedMajorityPercent: null,
    // Half of the voting members: Trappan's default, the report gives no number.
    quorumPercent: 50,
    // The report asks for the number of physical meetings per year and their format (p. 33)
    // without giving one: two a year, with the rest of the work digital, is Trappan's default.
    physicalMeetingsPerYear: 2,
    // Members come from across the country: a room with a link, Trappan's default.
    meetingFormat: 'HYBRID',
  };
}

/** The charter's texts that are still the template's, in either language: they must be rewritten before publishing. */
export function templateTextsLeft(charter: Pick<CharterContent, TemplateText>): TemplateText[] {
  return TEMPLATE_TEXT_FIELDS.filter((field) => charter[field] === TEXTS.sv[field] || charter[field] === TEXTS.en[field]);
}
