/** The outcome measures API under /api/v1/leads/{key}/measures. */
package com.pathway.clinic.outcomes.web;
