package org.tripartite.api;

/**
 * Thrown when the servlet container could not decode the query string (for example an invalid
 * percent escape such as {@code %ZZ}); Tomcat then drops the parameter, and running with its
 * default would hide the mistake.
 */
public class MalformedQueryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MalformedQueryException() {
        super("The query string could not be decoded: check its percent escapes (UTF-8, for"
                + " example %C3%A9 for é) and write each parameter as name=value.");
    }
}
