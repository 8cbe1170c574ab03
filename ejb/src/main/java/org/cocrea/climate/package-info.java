/**
 * Innovation climate: HR's employee surveys on the climate for innovation, their scales, and the
 * unit results managers may see without anyone being identifiable.
 */
package org.cocrea.climate;
