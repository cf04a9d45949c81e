/**
 * Conversion dashboards for managers: figures computed from the workflow's transition history with SQL
 * aggregation (funnel, conversion, times, cohorts, lost reasons, service levels, workload), the small-number
 * rule, CSV exports, the reports API ({@code reporting.web}) and the dashboard page ({@code reporting.ui}).
 */
package com.pathway.reporting;
