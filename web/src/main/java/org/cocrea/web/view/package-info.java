/** View beans of the shell: navigation, home page and the administration screens. */
package org.cocrea.web.view;
