/**
 * Follow-up tasks on leads (who must do what by when, and what happened), My work, the clinic's
 * business hours with the service-level targets measured in them, and in-app notifications.
 */
package com.pathway.tasks;
