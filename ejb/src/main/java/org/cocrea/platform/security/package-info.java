/** Role names shared by the EJB layer ({@code @RolesAllowed}), the web layer and the realm file. */
package org.cocrea.platform.security;
