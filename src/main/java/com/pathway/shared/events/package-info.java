/** Events that may leave Pathway, and the catalogue of their types. */
package com.pathway.shared.events;
