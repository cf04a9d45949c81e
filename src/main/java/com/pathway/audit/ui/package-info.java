/** Views of the audit module: the audit trail for administrators. */
package com.pathway.audit.ui;
