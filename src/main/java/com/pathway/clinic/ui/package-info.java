/** The clinic's pages: the lead list. */
package com.pathway.clinic.ui;
