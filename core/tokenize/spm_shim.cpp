extern "C" int alspm_abi_version() { return 1; }
