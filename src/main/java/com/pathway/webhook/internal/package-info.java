/** Webhook storage, signing and the delivery job. */
package com.pathway.webhook.internal;
