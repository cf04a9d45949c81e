/** The administrators' webhooks page. */
package com.pathway.webhook.ui;
