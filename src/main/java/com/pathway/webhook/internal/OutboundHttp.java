package com.pathway.webhook.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Map;

import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import com.pathway.webhook.WebhookProperties;

/**
 * The one way webhook deliveries leave the server. The host of a target is checked when the URL is
 * saved and again at every send, and the connection goes to exactly the addresses that were checked
 * (the client's DNS resolver is the check), so a name that is re-pointed inside between the check and
 * the connection (DNS rebinding) is refused. Redirects are not followed, no proxy from the
 * environment is used, nothing is retried behind the dispatcher's back.
 */
@Component
public class OutboundHttp implements DisposableBean {

    private final WebhookProperties properties;
    private final CloseableHttpClient client;

    public OutboundHttp(WebhookProperties properties) {
        this.properties = properties;
        Timeout timeout = Timeout.of(properties.timeout());
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(new CheckingResolver())
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(timeout).setSocketTimeout(timeout).build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(timeout)
                        .setConnectionRequestTimeout(timeout).setRedirectsEnabled(false).build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .build();
    }

    /**
     * Why a target URL may not be called (scheme or address), or {@code null} when it may. The text is
     * meant for an administrator and never contains a connection error.
     */
    public String targetProblem(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (Exception e) {
            return "This is not a valid URL.";
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(scheme.equals("http") && properties.allowHttp())) {
            return "Use an https:// URL: deliveries carry lead data and must be encrypted.";
        }
        try {
            resolve(uri.getHost());
            return null;
        } catch (UnknownHostException e) {
            return e instanceof OutboundAddresses.RefusedTarget ? e.getMessage() : "The host name could not be found.";
        }
    }

    /** Posts a JSON body; returns the HTTP status of the answer. */
    public int postJson(String url, Map<String, String> headers, String body) throws IOException {
        String problem = targetProblem(url);
        if (problem != null) {
            throw new OutboundAddresses.RefusedTarget(problem);
        }
        HttpPost post = new HttpPost(URI.create(url));
        headers.forEach(post::setHeader);
        post.setEntity(new StringEntity(body, ContentType.APPLICATION_JSON));
        return client.execute(post, response -> response.getCode());
    }

    private InetAddress[] resolve(String host) throws UnknownHostException {
        if (properties.allowInternalTargets()) {
            String name = host != null && host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
            return InetAddress.getAllByName(name);
        }
        return OutboundAddresses.resolvePublic(host);
    }

    @Override
    public void destroy() throws IOException {
        client.close();
    }

    private final class CheckingResolver implements DnsResolver {

        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            return OutboundHttp.this.resolve(host);
        }

        @Override
        public String resolveCanonicalHostname(String host) throws UnknownHostException {
            // Used for Kerberos only; answer with the name itself rather than a reverse lookup.
            resolve(host);
            return host;
        }
    }
}
