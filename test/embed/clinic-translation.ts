import {expect, waitUntil} from '@open-wc/testing';
import {completeClinicTranslation} from '../clinic-translation-fixture.js';
import {text, upgraded} from './elements.js';

/**
 * The bundles write message ids short and load the public ones only to check
 * a clinic's translation: with either bundle, a translation in public ids is
 * used, and an incomplete one is refused with the public ids of what is missing.
 * The page has <dn-config id="complete"> and <dn-config id="incomplete">, each
 * around a <dn-red-flags> with the same id plus "-flags".
 */
export function describeClinicTranslations(bundle: string, warnings: () => string[]): void {
  describe(`a clinic's own translation with ${bundle}`, () => {
    it('is used when complete, with every message found by its public id', async () => {
      await customElements.whenDefined('dn-config');
      (document.getElementById('complete') as HTMLElement & {config: unknown}).config = {
        translations: {pl: {name: 'Polski', messages: await completeClinicTranslation()}},
      };
      await upgraded('complete-flags');
      await waitUntil(() => text('complete-flags').includes('[pl] red-flags.title'), 'the clinic translation was not shown');
      expect(text('complete-flags')).to.include('[pl] tier.emergency.heading 112');
      expect(text('complete-flags')).not.to.include('After dry needling');
    });

    it('is refused when incomplete, and the warning names what is missing by its public id', async () => {
      const messages = await completeClinicTranslation();
      delete messages['red-flag.breathing'];
      (document.getElementById('incomplete') as HTMLElement & {config: unknown}).config = {translations: {cs: {messages}}};
      await upgraded('incomplete-flags');
      await waitUntil(() => warnings().some((warning) => warning.includes('red-flag.breathing')), 'no warning named the missing message');
      expect(warnings().join('\n')).to.include('1 messages are missing (red-flag.breathing)');
      expect(text('incomplete-flags')).to.include('After dry needling');
    });
  });
}
