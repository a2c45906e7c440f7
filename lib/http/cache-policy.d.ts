export declare const PUBLIC_FRESH_SECONDS: number;
export declare const PUBLIC_STALE_SECONDS: number;
export declare const API_CACHE_CONTROL: string;
