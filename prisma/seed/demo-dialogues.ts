// Demo market dialogues, seeded only in demo mode, placed relative to the day the demo is
// seeded so they stay open: Konstgräs runs a request for information on sustainable infill
// (open, two questions answered and one waiting, two demo suppliers signed up), and
// Avancerad rening av avloppsvatten runs one-to-one meetings (two of five slots booked) after
// an earlier supplier day whose summary is published. The companies are demo companies and
// say so; the questions and answers are demo texts, not the report's. Idempotent: a dialogue
// that exists (by network and title) is never touched.
import type { Prisma } from '@/generated/prisma/client';
import { stockholmDaysFrom, toStockholmInput } from '@/i18n/stockholm-time';
import { equalSlots } from '@/modules/dialogues/dialogue-rules';

type Tx = Prisma.TransactionClient;

const DEMO_LINK = 'https://example.org';

/** Swedish public holidays on fixed dates, and the eves workplaces treat as such. */
const CLOSED_DAYS = ['01-01', '01-06', '05-01', '06-06', '12-24', '12-25', '12-26', '12-31'];

/**
 * `days` from the seeding day at the Stockholm wall clock `time`, moved on to the next working
 * day: a demo deadline or meeting on a Sunday or at Christmas would not be believed. Days in the
 * past are left where they fall.
 */
function workingDay(now: Date, days: number, time: string): Date {
  let offset = days;
  for (;;) {
    const candidate = stockholmDaysFrom(now, offset, time);
    const weekday = new Date(`${toStockholmInput(candidate).slice(0, 10)}T12:00:00Z`).getUTCDay();
    if (days < 0 || (weekday !== 0 && weekday !== 6 && !CLOSED_DAYS.includes(toStockholmInput(candidate).slice(5, 10)))) return candidate;
    offset += 1;
  }
}

export async function seedDemoDialogues(tx: Tx, now: Date): Promise<void> {
  const at = (days: number, time: string) => workingDay(now, days, time);
  const network = (slug: string) => tx.network.findUniqueOrThrow({ where: { slug }, select: { id: true } });
  const konstgras = await network('konstgras');
  const vatten = await network('avancerad-rening-av-avloppsvatten');
  const people = await tx.user.findMany({
    where: { email: { in: ['secretariat@trappan.test', 'vatten@trappan.test', 'supplier@trappan.test', 'supplier2@trappan.test', 'supplier3@trappan.test'] } },
    select: { id: true, email: true, organizationId: true },
  });
  const person = (email: string) => people.find((p) => p.email === email) ?? fail(`account ${email}`);
  const secretariat = person('secretariat@trappan.test');
  const coordinator = person('vatten@trappan.test');
  const grasytor = person('supplier@trappan.test');
  const rening = person('supplier2@trappan.test');
  const ozon = person('supplier3@trappan.test');
  const need = async (networkId: string, title: string) =>
    (await tx.need.findFirst({ where: { networkId, title }, select: { id: true } }))?.id ?? fail(`need ${title}`);

  const exists = async (networkId: string, title: string) => (await tx.marketDialogue.findFirst({ where: { networkId, title }, select: { id: true } })) !== null;

  // Konstgräs: an open request for information on infill.
  const rfiTitle = 'Skriftlig dialog: hållbart fyllnadsmaterial för konstgräsplaner';
  if (!(await exists(konstgras.id, rfiTitle))) {
    const infillNeed = await need(konstgras.id, 'Minskad spridning av granulat från befintliga planer');
    const dialogue = await tx.marketDialogue.create({
      data: {
        networkId: konstgras.id,
        title: rfiTitle,
        purpose:
          'Nätverket vill förstå vilka fyllnadsmaterial och lösningar utan löst granulat som finns i dag, vad de kostar över planens livslängd och hur de fungerar i nordiskt klimat, innan medlemmarna ställer gemensamma krav.',
        learningGoals: 'Vilka material finns, hur mogna är de, vad krävs för skötsel och vinterdrift, och vilka krav skulle utestänga lösningar i onödan?',
        form: 'RFI',
        status: 'OPEN',
        howToTakePart: 'Anmäl dig som leverantör, ställ frågor fram till sista dag för frågor och lämna ett skriftligt svar före sista dag. Alla frågor och svar publiceras för alla anmälda samtidigt.',
        rfiQuestions: [
          'Vilka fyllnadsmaterial eller lösningar utan löst fyllnadsmaterial erbjuder ni, och var används de i dag?',
          'Vad kostar lösningen per plan över tio år, med skötsel och vinterdrift?',
          'Vilka krav i en upphandling skulle utestänga er lösning, och varför?',
        ],
        questionsCloseAt: at(10, '12:00'),
        closesAt: at(14, '12:00'),
        publishedAt: at(-5, '09:00'),
        createdById: secretariat.id,
        createdAt: at(-7, '10:00'),
        needs: { create: [{ needId: infillNeed }] },
        documents: {
          create: [
            { title: 'Bakgrund: granulatspridning från konstgräsplaner (demodokument)', url: `${DEMO_LINK}/konstgras/bakgrund-granulat.pdf`, addedAt: at(-5, '09:00'), addedById: secretariat.id },
          ],
        },
      },
      select: { id: true },
    });
    for (const supplier of [grasytor, rening]) {
      await tx.dialogueSignUp.create({ data: { dialogueId: dialogue.id, userId: supplier.id, organizationId: supplier.organizationId!, signedUpAt: at(-4, '10:00') } });
    }
    const questions = [
      {
        by: grasytor,
        askedAt: at(-4, '14:00'),
        text: 'Räknas organiska fyllnadsmaterial som kork och kokosfiber som lösningar utan granulat, eller avser nätverket bara planer helt utan fyllnadsmaterial?',
        answer: 'Båda är välkomna. Nätverket vill lära sig om alla lösningar som minskar spridningen, både organiska fyllnadsmaterial och planer utan löst fyllnadsmaterial. Beskriv gärna hur materialet beter sig vid frost.',
        answeredAt: at(-3, '10:00'),
      },
      {
        by: rening,
        askedAt: at(-3, '15:00'),
        text: 'Ska kostnaden i fråga 2 räknas med eller utan moms, och med vilken planstorlek?',
        answer: 'Utan moms, för en fullstor plan (105 × 68 meter). Redovisa gärna antagandena bakom siffrorna.',
        answeredAt: at(-2, '11:00'),
      },
      { by: grasytor, askedAt: at(-1, '16:30'), text: 'Kommer nätverket att ordna en visning av befintliga planer under dialogen?', answer: null, answeredAt: null },
    ];
    for (const question of questions) {
      await tx.dialogueQuestion.create({
        data: {
          dialogueId: dialogue.id,
          askedById: question.by.id,
          organizationId: question.by.organizationId!,
          text: question.text,
          askedAt: question.askedAt,
          ...(question.answer ? { answers: { create: [{ version: 1, text: question.answer, publishedAt: question.answeredAt!, authorId: secretariat.id }] } } : {}),
        },
      });
    }
  }

  // Avancerad rening: the earlier supplier day, with its summary.
  const wastewaterNeed = await need(vatten.id, 'Avancerad rening av avloppsvatten');
  const dayTitle = 'Leverantörsträff: tekniker för avancerad rening';
  if (!(await exists(vatten.id, dayTitle))) {
    await tx.marketDialogue.create({
      data: {
        networkId: vatten.id,
        title: dayTitle,
        purpose: 'En första träff där leverantörer presenterade tekniker för att rena avloppsvatten från bland annat läkemedelsrester, så att nätverket kan bedöma marknadens mognad.',
        form: 'INFO_MEETING',
        status: 'SUMMARY_PUBLISHED',
        howToTakePart: 'Träffen är genomförd. Sammanfattningen nedan beskriver vad nätverket lärde sig.',
        eventStartsAt: at(-60, '09:00'),
        eventEndsAt: at(-60, '12:00'),
        onlineUrl: `${DEMO_LINK}/avancerad-rening/webbinarium`,
        questionsCloseAt: at(-62, '12:00'),
        closesAt: at(-55, '17:00'),
        publishedAt: at(-80, '09:00'),
        closedAt: at(-55, '17:00'),
        summary:
          'Tre demoföretag presenterade sina tekniker. De bekräftade bilden i kunskapsunderlaget: lösningar för att rena dricksvatten finns, men de måste anpassas för avloppsvatten (rapporten s. 22). Behovet ligger därför på steget introducera, där prototyper prövas i testbäddar hos en första kund. Vanliga frågor gällde vilka ämnen som ska mätas och hur ofta. Nätverket fortsätter med enskilda dialogmöten om drift och kostnader. (Demotext.)',
        summaryPublishedAt: at(-45, '10:00'),
        createdById: coordinator.id,
        createdAt: at(-85, '10:00'),
        needs: { create: [{ needId: wastewaterNeed }] },
      },
    });
  }

  // Avancerad rening: one-to-one meetings now, two of five slots booked.
  const slotsTitle = 'Enskilda dialogmöten: drift och kostnader för avancerad rening';
  if (!(await exists(vatten.id, slotsTitle))) {
    const dialogue = await tx.marketDialogue.create({
      data: {
        networkId: vatten.id,
        title: slotsTitle,
        purpose: 'Nätverket vill förstå driftkostnader, energibehov och underhåll för avancerad rening i kommunala verk av olika storlek.',
        learningGoals: 'Samma frågor till alla: driftkostnad per kubikmeter, energi, restprodukter, underhåll och vad en kommun behöver kunna själv.',
        form: 'ONE_TO_ONE',
        status: 'OPEN',
        howToTakePart: 'Anmäl dig och boka en tid. Alla möten är 45 minuter, digitala och har samma frågor. Varje företag bokar högst en tid.',
        questionsCloseAt: at(18, '12:00'),
        closesAt: at(21, '17:00'),
        publishedAt: at(-3, '09:00'),
        createdById: coordinator.id,
        createdAt: at(-4, '10:00'),
        needs: { create: [{ needId: wastewaterNeed }] },
      },
      select: { id: true },
    });
    const slots = equalSlots(at(20, '09:00'), 45, 5, 15);
    for (const [index, slot] of slots.entries()) {
      const booker = index === 0 ? rening : index === 2 ? ozon : null;
      await tx.dialogueSlot.create({
        data: {
          dialogueId: dialogue.id,
          ...slot,
          ...(booker ? { bookedByOrganizationId: booker.organizationId, bookedById: booker.id, bookedAt: at(-2, '13:00') } : {}),
        },
      });
    }
    for (const supplier of [rening, ozon]) {
      await tx.dialogueSignUp.create({ data: { dialogueId: dialogue.id, userId: supplier.id, organizationId: supplier.organizationId!, signedUpAt: at(-2, '12:00') } });
    }
  }
}

function fail(what: string): never {
  throw new Error(`The demo dialogues name an unknown ${what}`);
}
