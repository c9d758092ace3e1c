import '../../src/elements/side-effects.js';
import {describeAccessibility} from '../accessibility-suite.js';
import {sideEffectsFixtures} from '../fixtures/side-effects.js';

describeAccessibility('dn-side-effects', sideEffectsFixtures);
