package org.cocrea.web.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.json.Json;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one authentication mechanism of the web module. Jakarta Security 3 allows a single mechanism
 * per application, so this one routes:
 *
 * <ul>
 *   <li>{@code /api/*}: stateless bearer tokens only ({@link BearerTokenVerifier}); a bad token is a
 *       401 problem response, no token leaves the caller anonymous for the EJB layer to refuse.
 *   <li>everything else: Jakarta Security's OpenID Connect mechanism (declared by
 *       {@link SecurityConfiguration}). When Keycloak cannot be reached, the user gets a page that
 *       says sign-in is unavailable instead of an error.
 * </ul>
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class CocreaAuthenticationMechanism implements HttpAuthenticationMechanism {

    private static final Logger LOG = Logger.getLogger(CocreaAuthenticationMechanism.class.getName());

    /** Session attribute: where to go after the OpenID Connect callback. */
    public static final String RETURN_TO = "cocrea.returnTo";

    static final String UNAVAILABLE_PAGE = "/signin-unavailable.xhtml";

    @Inject
    BeanManager beanManager;

    @Inject
    BearerTokenVerifier bearerTokens;

    @Inject
    ProviderAvailability provider;

    private volatile HttpAuthenticationMechanism openIdMechanism;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
            throws AuthenticationException {
        if (isApiRequest(request)) {
            return validateBearer(request, response, context);
        }
        RedirectCapture capture = new RedirectCapture(response);
        context.setResponse(capture);
        try {
            AuthenticationStatus status = openId().validateRequest(request, capture, context);
            String location = capture.location();
            if (location == null) {
                return status;
            }
            if (provider.isProviderUrl(location) && !provider.isUp()) {
                return signInUnavailable(request, response, "the sign-in service does not answer");
            }
            if (status == AuthenticationStatus.SEND_CONTINUE
                    && "GET".equals(request.getMethod())
                    && !request.getRequestURI().endsWith("/Callback")) {
                String query = request.getQueryString();
                request.getSession()
                        .setAttribute(RETURN_TO, request.getRequestURI() + (query == null ? "" : "?" + query));
            }
            response.sendRedirect(location);
            return status;
        } catch (RuntimeException | AuthenticationException e) {
            if (!providerUnreachable(e)) {
                throw e;
            }
            provider.markDown();
            return signInUnavailable(request, response, rootMessage(e));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            context.setResponse(response);
        }
    }

    private static AuthenticationStatus signInUnavailable(
            HttpServletRequest request, HttpServletResponse response, String reason) {
        LOG.log(Level.WARNING, "Sign-in unavailable, Keycloak is not reachable: {0}", reason);
        try {
            response.sendRedirect(request.getContextPath() + UNAVAILABLE_PAGE);
        } catch (IOException io) {
            throw new UncheckedIOException(io);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    /** Holds back the mechanism's redirect so it can be checked before the browser follows it. */
    static final class RedirectCapture extends HttpServletResponseWrapper {
        private String location;

        RedirectCapture(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendRedirect(String target) {
            this.location = target;
        }

        String location() {
            return location;
        }
    }

    @Override
    public AuthenticationStatus secureResponse(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
            throws AuthenticationException {
        return isApiRequest(request)
                ? AuthenticationStatus.SUCCESS
                : openId().secureResponse(request, response, context);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if (isApiRequest(request)) {
            HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
        } else {
            openId().cleanSubject(request, response, context);
        }
    }

    private AuthenticationStatus validateBearer(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return context.doNothing();
        }
        try {
            BearerTokenVerifier.Caller caller =
                    bearerTokens.verify(header.substring(7).trim());
            return context.notifyContainerAboutLogin(caller.name(), caller.groups());
        } catch (BearerTokenVerifier.InvalidTokenException e) {
            writeUnauthorized(request, response, e.getMessage());
            return AuthenticationStatus.SEND_FAILURE;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Bearer token check failed: {0}", rootMessage(e));
            writeUnauthorized(request, response, "The token could not be checked now; try again later.");
            return AuthenticationStatus.SEND_FAILURE;
        }
    }

    private static void writeUnauthorized(HttpServletRequest request, HttpServletResponse response, String detail) {
        try {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Bearer realm=\"cocrea\", error=\"invalid_token\"");
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            String body = Json.createObjectBuilder()
                    .add("type", "about:blank")
                    .add("title", "Unauthorized")
                    .add("status", 401)
                    .add("detail", detail)
                    .add("instance", request.getRequestURI())
                    .build()
                    .toString();
            response.getWriter().write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean isApiRequest(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/");
    }

    /** True when the failure comes from not reaching the provider (connection refused, timeout, DNS). */
    static boolean providerUnreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException || t.getClass().getName().equals("jakarta.ws.rs.ProcessingException")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.toString();
    }

    /** The container's OpenID Connect mechanism: the other HttpAuthenticationMechanism bean. */
    private HttpAuthenticationMechanism openId() {
        HttpAuthenticationMechanism m = openIdMechanism;
        if (m == null) {
            Bean<?> bean = beanManager.getBeans(HttpAuthenticationMechanism.class).stream()
                    .filter(b -> !CocreaAuthenticationMechanism.class.equals(b.getBeanClass()))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no OpenID Connect mechanism is defined"));
            m = (HttpAuthenticationMechanism) beanManager.getReference(
                    bean, HttpAuthenticationMechanism.class, beanManager.createCreationalContext(bean));
            openIdMechanism = m;
        }
        return m;
    }
}
