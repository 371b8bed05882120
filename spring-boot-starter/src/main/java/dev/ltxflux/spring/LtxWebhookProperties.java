package dev.ltxflux.spring;

/** {@code ltxflux.webhook.*}: the endpoint that receives the jobs the API posts to a submit's replyUrl. */
public class LtxWebhookProperties {

    /**
     * Path of the webhook endpoint, e.g. /ltx/webhook. Unset (the default): no endpoint. The endpoint exists only
     * in a Spring MVC application with an LtxWebhookHandler bean.
     */
    private String path;

    public String getPath() {
        return path;
    }

    public void setPath(String path) {
        this.path = path;
    }
}
