# Clearance in a container: `docker build -t clearance .`, then
#   docker run --rm -v "$PWD:/work" clearance check clearance.yaml
#
# Stage 1 builds the release binary with Scripts/release.sh (Swift runtime and libyaml linked statically);
# stage 2 holds that binary alone on distroless/cc (glibc, libstdc++ and libgcc: the three libraries the
# binary still links dynamically; no shell, no package manager). The working directory is /work.
ARG SWIFT_VERSION=6.3
FROM swift:${SWIFT_VERSION}-bookworm AS build
RUN apt-get update \
    && apt-get install -y --no-install-recommends libyaml-dev pkg-config \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN Scripts/release.sh /out \
    && mkdir /dist \
    && tar -xzf /out/clearance-*.tar.gz -C /dist --strip-components=1

FROM gcr.io/distroless/cc-debian12
COPY --from=build /dist/clearance /usr/local/bin/clearance
COPY --from=build /dist/LICENSE /usr/share/doc/clearance/LICENSE
WORKDIR /work
ENTRYPOINT ["/usr/local/bin/clearance"]
CMD ["check"]
