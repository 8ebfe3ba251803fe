package com.pricedesk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pricedesk.app.demo.DemoCatalog;
import com.pricedesk.app.demo.DemoWorkspaceService;
import com.pricedesk.app.i18n.Messages;
import com.pricedesk.sim.DeterministicMarket;
import com.pricedesk.sim.SimConfig;
import com.pricedesk.sim.SimCredentials;
import com.pricedesk.sim.SimProduct;
import com.pricedesk.sim.SimServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.time.Clock;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code sim serve}: runs the simulated marketplace until stopped. Its market holds the demo shop of
 * the same seed, so {@code demo --seed N} and {@code sim serve --seed N} describe the same SKUs.
 */
@Command(name = "serve")
final class SimServeCommand implements Callable<Integer> {
    @ParentCommand
    SimCommand sim;

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "P", descriptionKey = "cli.sim.serve.port")
    int port;

    @Option(names = "--seed", paramLabel = "N", descriptionKey = "cli.sim.serve.seed")
    long seed = DemoWorkspaceService.DEFAULT_SEED;

    @Option(names = "--speed", paramLabel = "X", descriptionKey = "cli.sim.serve.speed")
    double speed = 1.0;

    @Override
    public Integer call() throws InterruptedException {
        Messages msg = sim.root.messages();
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), msg.get("cli.sim.serve.error.port", Integer.toString(port)));
        }
        if (!(speed > 0) || Double.isInfinite(speed)) {
            throw new ParameterException(spec.commandLine(), msg.get("cli.sim.serve.error.speed", Double.toString(speed)));
        }
        SimServer server = new SimServer(SimConfig.of(port, seed, speed), new DeterministicMarket(seed,
                products(seed)), Clock.systemUTC());
        try {
            server.start();
        } catch (BindException e) {
            spec.commandLine().getErr().println(msg.get("cli.sim.serve.error.bind", Integer.toString(port), e.getMessage()));
            return ExitCode.USAGE;
        } catch (IOException e) {
            spec.commandLine().getErr().println(msg.get("cli.sim.serve.error.bind", Integer.toString(port), e.getMessage()));
            return ExitCode.INTERNAL_ERROR;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "sim-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            printEndpoints(spec.commandLine().getOut(), server);
            spec.commandLine().getErr().println(msg.get("cli.sim.serve.running", server.spApiEndpoint()));
            spec.commandLine().getErr().flush();
            stopped.await();
        } catch (InterruptedException e) {
            // Stopped by whoever started us in-process (tests); the JVM shutdown path uses the hook.
            Thread.currentThread().interrupt();
        } finally {
            server.close();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // The JVM is already stopping; the hook runs or has run.
            }
        }
        return ExitCode.DONE;
    }

    /** The first stdout line: one compact JSON object that {@code connect} accepts. */
    private static void printEndpoints(PrintWriter out, SimServer server) {
        SimCredentials c = server.credentials();
        ObjectNode n = Json.object();
        n.put("sp_api_endpoint", server.spApiEndpoint());
        n.put("lwa_endpoint", server.lwaEndpoint());
        n.put("client_id", c.clientId());
        n.put("client_secret", c.clientSecret());
        n.put("refresh_token", c.refreshToken());
        n.put("seller_id", c.sellerId());
        // Optional fields: the simulator also speaks Amazon Ads (same host, same LWA credentials).
        n.put("ads_endpoint", server.spApiEndpoint());
        n.put("ads_profile_id", server.authority().adsProfileId());
        try {
            out.println(Json.MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(n));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write the simulator's endpoints", e);
        }
        out.flush();
    }

    private static List<SimProduct> products(long seed) {
        Random stock = new Random(seed);
        return DemoCatalog.generate(seed, DemoWorkspaceService.DEFAULT_SKUS).stream()
                .filter(i -> i.sku().asin() != null && i.price() != null)
                .map(i -> new SimProduct(i.sku().sellerSku(), i.sku().asin(), i.sku().title(), i.price().amount(),
                        true, 20 + stock.nextInt(400)))
                .toList();
    }
}
