// adaptlab-blas-probe: the short child in which a candidate OpenBLAS core is tried (blas_core.h).
// Its parent sets OPENBLAS_CORETYPE and ADAPTLAB_BLAS_PROBE_CHILD; it loads LibTorch (and with it
// OpenBLAS, which reads the variable now), runs the sgemm check and prints one line,
// "adaptlab-blas-probe: {json}". A wrong product is an answer (exit 0); a kernel that faults kills
// it, which the parent reads as a wrong core too.
#include "runtime/blas_core.h"
#include "runtime/runtime.h"

#include <exception>
#include <iostream>

int main()
{
    namespace rt = adaptlab::runtime;
    try {
        using CheckFn = rt::BlasCheck (*)();
        const rt::BlasCheck check = rt::torchFunction<CheckFn>("adaptlab_torch_blas_check")();
        std::cout << "adaptlab-blas-probe: " << rt::blasCheckToJson(check) << std::endl;
        return 0;
    } catch (const std::exception& e) {
        std::cerr << "adaptlab-blas-probe: error: " << e.what() << std::endl;
        return 2;
    }
}
