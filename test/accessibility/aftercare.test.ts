import '../../src/elements/aftercare.js';
import {describeAccessibility} from '../accessibility-suite.js';
import {aftercareFixtures} from '../fixtures/aftercare.js';

describeAccessibility('dn-aftercare', aftercareFixtures);
