/** Operational facts about the running installation for administrators: database, schema version. */
package org.cocrea.system;
