/** The reports API: the dashboard's figures as JSON for clinics' own BI tools, under the small-number rule. */
package com.pathway.reporting.web;
