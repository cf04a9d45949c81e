/** The dashboards' SQL over the transition history, the small-number rule and the reports' tables. */
package com.pathway.reporting.internal;
