/** The screening and treatment-consent API under /api/v1/leads/{key}/screening and /treatment-consent. */
package com.pathway.clinic.screening.web;
