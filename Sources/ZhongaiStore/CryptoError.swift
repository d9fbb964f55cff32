enum CryptoError: Error {
    case outOfMemory
}
