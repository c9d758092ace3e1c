import '../../src/elements/red-flags.js';
import {describeAccessibility} from '../accessibility-suite.js';
import {redFlagsFixtures} from '../fixtures/red-flags.js';

describeAccessibility('dn-red-flags', redFlagsFixtures);
