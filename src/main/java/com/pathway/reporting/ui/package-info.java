/** The dashboard page: filters in the address, one card per report with its chart, table and downloads. */
package com.pathway.reporting.ui;
