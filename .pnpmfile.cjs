// bentocache and @boringnode/bus take ioredis as a peer (^5). The bench package also depends on
// ioredis 6 (what the layer uses), and pnpm resolves a peer from the parent by name, so without this
// hook both would load ioredis 6: bentocache's `instanceof Redis` would then test against ioredis 6
// and its driver would run on a client its peer range does not allow. Here the peer becomes a plain
// dependency on the ioredis 5 the bench package aliases as `ioredis5`, so all three share one copy.
const ioredis5 = '5.11.1';
const takeIoredis5 = new Set(['bentocache', '@boringnode/bus']);

function readPackage(manifest) {
  if (!takeIoredis5.has(manifest.name) || manifest.peerDependencies?.ioredis === undefined) return manifest;
  delete manifest.peerDependencies.ioredis;
  if (manifest.peerDependenciesMeta !== undefined) delete manifest.peerDependenciesMeta.ioredis;
  manifest.dependencies = { ...manifest.dependencies, ioredis: ioredis5 };
  return manifest;
}

module.exports = { hooks: { readPackage } };
