/** The clinic's pages: the lead list, the new-lead form and the lead page. */
package com.pathway.clinic.ui;
