package org.yici.engine.licence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yici.engine.SuppressForbidden;

/**
 * The provincial licence service provider against a real HTTP server on loopback: answers are
 * read, and a service that does not answer in time fails fast instead of holding the check.
 */
@SuppressForbidden("the JDK's exported jdk.httpserver API is the simplest real HTTP peer on loopback")
class HttpLicenceDirectoryTest {
    HttpServer server;
    final CountDownLatch release = new CountDownLatch(1);

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/licences", exchange -> {
            String query = exchange.getRequestURI().getQuery();
            if (query.contains("slow")) {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            byte[] body = query.contains("110101198001010016")
                    ? """
                      [{"type": "ID_CARD", "number": "110101198001010016", "holder": "110101198001010016",
                        "validUntil": "2036-01-01", "source": "省电子证照库"}]
                      """
                            .getBytes(StandardCharsets.UTF_8)
                    : query.contains("91110105MA01XXXX0X")
                            ? """
                      [{"type": "BUSINESS_LICENSE", "number": "91110105MA01XXXX0X", "holder": "91110105MA01XXXX0X",
                        "name": "北京示例餐饮有限公司", "address": "北京市朝阳区示例路2号",
                        "legalRepresentative": "李四", "validUntil": null, "source": "省电子证照库",
                        "issuer": "北京市朝阳区市场监督管理局"}]
                      """
                                    .getBytes(StandardCharsets.UTF_8)
                            : "[]".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(2));
        server.start();
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.stop(0);
    }

    LicenceDirectory directory() {
        URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        return new LicenceConfiguration()
                .licenceDirectory(
                        new LicenceProperties("http", base, Duration.ofSeconds(2), Duration.ofSeconds(3)), null);
    }

    @Test
    void readsTheLicencesTheServiceHoldsForAHolder() {
        var found = directory().licencesOf(List.of("110101198001010016", "nobody"));
        assertThat(found).hasSize(1);
        assertThat(found.get(0).type()).isEqualTo("ID_CARD");
        assertThat(found.get(0).validUntil()).isEqualTo(LocalDate.of(2036, 1, 1));
        assertThat(found.get(0).source()).isEqualTo("省电子证照库");
    }

    @Test
    void readsWhatALicenceStatesForPreFilledFormsAndLeavesWhatTheServiceOmitsBlank() {
        var company = directory().detailsOf(List.of("91110105MA01XXXX0X"));
        assertThat(company).singleElement().satisfies(l -> {
            assertThat(l.type()).isEqualTo("BUSINESS_LICENSE");
            assertThat(l.name()).isEqualTo("北京示例餐饮有限公司");
            assertThat(l.address()).isEqualTo("北京市朝阳区示例路2号");
            assertThat(l.legalRepresentative()).isEqualTo("李四");
            assertThat(l.validUntil()).isNull();
        });
        var card = directory().detailsOf(List.of("110101198001010016"));
        assertThat(card).singleElement().satisfies(l -> {
            assertThat(l.holder()).isEqualTo("110101198001010016");
            assertThat(l.name()).isNull();
            assertThat(l.validUntil()).isEqualTo(LocalDate.of(2036, 1, 1));
        });
    }

    @Test
    void aServiceThatDoesNotAnswerInTimeIsReportedUnavailable() {
        assertThatThrownBy(() -> directory().licencesOf(List.of("slow")))
                .isInstanceOf(LicenceDirectory.LicenceDirectoryUnavailableException.class);
    }
}
