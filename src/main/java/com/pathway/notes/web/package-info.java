/** The notes API under /api/v1/leads/{key}/notes. */
package com.pathway.notes.web;
