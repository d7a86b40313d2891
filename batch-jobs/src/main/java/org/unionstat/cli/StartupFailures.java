package org.unionstat.cli;

import java.net.URI;

import org.springframework.beans.factory.BeanCreationException;

import org.unionstat.batch.Failures;
import org.unionstat.domain.QuotedInput;
import org.unionstat.domain.UserFacingException;

/**
 * A start-up failure in words: the database cannot be reached ("cannot connect to the database at HOST:PORT …: the
 * cause"), or the embedded database is in use or unreadable. Anything else keeps its own message.
 */
public final class StartupFailures {

    private StartupFailures() {
    }

    /** The failure to report for a failed start with the given {@code spring.datasource.url} (may be null). */
    public static RuntimeException explain(RuntimeException failure, String jdbcUrl) {
        if (Failures.isConnectionFailure(failure) || mentionsConnection(failure)) {
            Throwable cause = Failures.innermost(failure);
            String why = cause.getMessage() == null ? cause.getClass().getSimpleName() : Failures.firstLine(cause.getMessage());
            return new UserFacingException("cannot connect to the database " + where(jdbcUrl) + ": " + why
                    + " (check that the server is running and SPRING_DATASOURCE_URL / spring.datasource.url)", failure);
        }
        // a setting or a reference file unionstat checks itself: its own one line, not the chain of beans around it
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof UserFacingException own) {
                return own;
            }
        }
        if (failure instanceof BeanCreationException) {
            Throwable cause = Failures.innermost(failure);
            String why = cause.getMessage() == null ? cause.getClass().getSimpleName() : Failures.firstLine(cause.getMessage());
            return new UserFacingException("cannot start: " + QuotedInput.shorten(why), failure);
        }
        return failure;
    }

    private static boolean mentionsConnection(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("Could not get Connection")) {
                return true;
            }
        }
        return false;
    }

    /** "at 127.0.0.1:3306 (jdbc:mysql://127.0.0.1:3306/unionstat)" without credentials or options. */
    public static String where(String jdbcUrl) {
        if (jdbcUrl == null || jdbcUrl.isBlank()) {
            return "(no spring.datasource.url set)";
        }
        String url = jdbcUrl.strip();
        if (url.startsWith("jdbc:h2:")) {
            String location = url.substring("jdbc:h2:".length()).split(";", 2)[0];
            return "(embedded H2 " + location + ")";
        }
        int query = url.indexOf('?');
        String plain = query < 0 ? url : url.substring(0, query);
        try {
            URI uri = URI.create(plain.substring("jdbc:".length()));
            String host = uri.getHost() == null ? uri.getAuthority() : uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
            if (host != null && host.contains("@")) {
                host = host.substring(host.lastIndexOf('@') + 1);
            }
            return "at " + host + " (" + uri.getScheme() + "://" + host + (uri.getPath() == null ? "" : uri.getPath()) + ")";
        } catch (RuntimeException e) {
            return "(" + plain.replaceAll("//[^/@]*@", "//") + ")";
        }
    }
}
