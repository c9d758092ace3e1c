import {str} from '@lit/localize';
import {courseOfTreatment, selfCareSummary, sessionFacts} from './aftercare.js';
import type {SourceId} from './sources.js';
import type {Msg, Text} from './text.js';

/**
 * What a new patient asks before the first visit (content brief, "What to
 * expect"). Facts told elsewhere too (how long needles stay in, what to say at
 * once, how many sessions) come from the module that holds them.
 */

export type WhatToExpectSectionId = 'what-it-is' | 'who' | 'evidence' | 'before' | 'during' | 'after';
export const whatToExpectSectionIds: readonly WhatToExpectSectionId[] = ['what-it-is', 'who', 'evidence', 'before', 'during', 'after'];

export interface WhatToExpectSection {
  id: WhatToExpectSectionId;
  title: Text;
  /** Paragraphs, in order. */
  paragraphs: readonly Text[];
  /** A list after the paragraphs, with the sentence that introduces it. */
  list?: {intro: Text; items: readonly Text[]};
  sources: readonly SourceId[];
}

export const whatToExpectSections: readonly WhatToExpectSection[] = [
  {
    id: 'what-it-is',
    title: (msg) => msg('What dry needling is', {id: 'what-to-expect.what-it-is.title'}),
    paragraphs: [
      (msg) =>
        msg(
          'Your practitioner puts a thin, solid needle through your skin into a tight, tender spot in a muscle (a trigger point) or the tissue around it. The aim is to ease pain and help you move. The needle has no medicine in it, which is why it is called "dry".',
          {
            id: 'what-to-expect.what-it-is.needle',
          },
        ),
      (msg) =>
        msg('Each needle is sterile and used only once. It is opened just before use and thrown away after.', {
          id: 'what-to-expect.what-it-is.single-use',
        }),
      (msg) =>
        msg(
          'Dry needling is based on Western ideas of how muscles and nerves work. Traditional acupuncture uses similar needles, but it comes from the ideas of traditional Chinese medicine.',
          {
            id: 'what-to-expect.what-it-is.acupuncture',
            desc: 'How dry needling differs from acupuncture. Neutral: neither is said to be better.',
          },
        ),
    ],
    sources: ['S0', 'S2', 'S3'],
  },
  {
    id: 'who',
    title: (msg) => msg('Who does it', {id: 'what-to-expect.who.title'}),
    paragraphs: [
      (msg) =>
        msg(
          'Physiotherapists (physical therapists), doctors, acupuncturists and other licensed health professionals do dry needling. They should have extra training in it. The rules on who may do it, and what training they need, differ from country to country, and from state to state.',
          {
            id: 'what-to-expect.who.professions',
          },
        ),
    ],
    list: {
      intro: (msg) => msg('Questions you can ask your practitioner:', {id: 'what-to-expect.who.questions'}),
      items: [
        (msg) => msg('What training do you have in dry needling?', {id: 'what-to-expect.who.question.training'}),
        (msg) =>
          msg('How often do you treat patients with dry needling?', {
            id: 'what-to-expect.who.question.how-often',
            desc: 'A question the patient may ask the practitioner about their experience (not about how often the patient will be treated).',
          }),
        (msg) => msg('Is it right for my problem?', {id: 'what-to-expect.who.question.right-for-me'}),
        (msg) => msg('What other treatment will you use with it?', {id: 'what-to-expect.who.question.other-treatment'}),
        (msg) => msg('How will we know if it is working?', {id: 'what-to-expect.who.question.working'}),
      ],
    },
    sources: ['S0', 'S2', 'S3'],
  },
  {
    id: 'evidence',
    title: (msg) => msg('What it is used for, and does it work?', {id: 'what-to-expect.evidence.title'}),
    paragraphs: [
      (msg) =>
        msg(
          'It is used for muscle pain and tight spots in the neck, shoulder, back, hip or knee, for tendon problems, and for headaches from tight muscles. It is often part of a plan with exercise, stretching and other physiotherapy.',
          {
            id: 'what-to-expect.evidence.uses',
          },
        ),
      (msg) =>
        msg(
          'Reviews of studies suggest it may ease muscle pain for up to about 3 months, compared with no treatment or fake needling. It seems to work about as well as other physiotherapy.',
          {
            id: 'what-to-expect.evidence.findings',
            desc: 'What studies found. Keep the hedges ("suggest", "may", "about", "seems"): it is not a promise.',
          },
        ),
      (msg) =>
        msg(
          'But the studies are small, and many are not of high quality, so more good studies are needed. It does not work for everyone, and nobody can promise you a result.',
          {
            id: 'what-to-expect.evidence.limits',
            desc: 'The limits of the evidence. Keep "does not work for everyone" and "nobody can promise you a result".',
          },
        ),
    ],
    sources: ['S2', 'S3', 'L11'],
  },
  {
    id: 'before',
    title: (msg) => msg('Before your first session', {id: 'what-to-expect.before.title'}),
    paragraphs: [
      (msg) =>
        msg(
          'Your practitioner asks about your health, examines you and explains the treatment. Dry needling only goes ahead if you agree to it.',
          {
            id: 'what-to-expect.before.consent',
          },
        ),
      (msg) =>
        msg('You can ask questions, say no, or ask to stop at any time, even in the middle of a session.', {
          id: 'what-to-expect.before.stop-any-time',
          desc: 'The patient’s right to refuse or stop. Keep it clear and firm.',
        }),
      (msg) =>
        msg(
          'Eat something light and drink some water beforehand. Wear loose clothes that let your practitioner reach the area, or you may be given a gown.',
          {
            id: 'what-to-expect.before.prepare',
          },
        ),
      (msg) => msg('Ask the clinic what it costs, and whether your health insurance covers it.', {id: 'what-to-expect.before.cost'}),
    ],
    sources: ['S2', 'S3'],
  },
  {
    id: 'during',
    title: sessionFacts.title,
    paragraphs: [
      (msg) =>
        msg(
          'You lie or sit in a comfortable position, and your skin may be cleaned. You may feel a small prick, a deep ache, a cramp, or the muscle twitch.',
          {
            id: 'what-to-expect.during.feels',
          },
        ),
      sessionFacts.length,
      sessionFacts.whatToDo,
    ],
    sources: ['S2', 'S3', ...sessionFacts.sources],
  },
  {
    id: 'after',
    title: (msg) => msg('After the session', {id: 'what-to-expect.after.title'}),
    paragraphs: [
      (msg) =>
        msg(
          'Soreness and tiredness are common for a day or two. Some people feel better straight away, others only after a few sessions.',
          {
            id: 'what-to-expect.after.feels',
            desc: 'After a session. "Some people feel better" is not a promise; keep "some".',
          },
        ),
      courseOfTreatment,
      (msg) =>
        msg('Your practitioner checks your pain and how you move, to see whether it is helping.', {id: 'what-to-expect.after.progress'}),
      selfCareSummary.text,
    ],
    sources: ['S0', 'S2', ...selfCareSummary.sources],
  },
];

export const whatToExpectIntro: Text = (msg) =>
  msg('What dry needling is, who does it, and what happens before, during and after a session.', {id: 'what-to-expect.intro'});

export const bookingLinkText = {
  withClinic: (msg: Msg, clinic: string) =>
    msg(str`Book a session with ${clinic}`, {
      id: 'what-to-expect.book.clinic',
      desc: 'Link to the clinic’s booking page. The placeholder is the clinic’s name as the clinic typed it.',
    }),
  plain: (msg: Msg) => msg('Book a session', {id: 'what-to-expect.book', desc: 'Link to the clinic’s booking page.'}),
};

/** The title of `<dn-what-to-expect>`. */
export const whatToExpectTitle: Text = (msg) => msg('What to expect from dry needling', {id: 'what-to-expect.title'});
