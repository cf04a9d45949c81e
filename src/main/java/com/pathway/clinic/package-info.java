/**
 * The clinic plugin: leads as work items of the clinic workflow, with their contact details,
 * consents, sources and referrers in typed tables; the clinic's workflow rules; and the public
 * inquiry API through which the clinic's website sends new leads.
 */
package com.pathway.clinic;
