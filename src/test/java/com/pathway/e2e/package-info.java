/** End-to-end journeys in headless Chromium against the running application (run by Failsafe). */
package com.pathway.e2e;
